// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  // on a phone a list row is a card: each cell carries its column's name, shown above its value (app.css)
  document.querySelectorAll('main table').forEach(function (table) {
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    if (!heads.length) { return; }
    table.querySelectorAll('tbody tr').forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (heads[i] && !cell.hasAttribute('data-label')) { cell.setAttribute('data-label', heads[i]); }
      });
    });
  });
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
  // registration: a party's name and address from the enterprise registry as its credit code is typed, where the
  // user has not written them already (both stay editable; without script, the look-up button does the same)
  var register = document.querySelector('form[data-lookup]');
  if (register) {
    register.querySelectorAll('[data-party]').forEach(function (party) {
      var prefix = party.getAttribute('data-party');
      var code = register.querySelector('[name="' + prefix + '.uscc"]');
      var name = register.querySelector('[name="' + prefix + '.name"]');
      var address = register.querySelector('[name="' + prefix + '.address"]');
      if (!code || !name || !address) { return; }
      code.addEventListener('input', function () {
        var uscc = code.value.trim().toUpperCase();
        if (uscc.length !== 18) { return; }
        fetch(register.getAttribute('data-lookup') + '?uscc=' + encodeURIComponent(uscc),
              { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (found) {
            if (!found) { return; }
            if (!name.value.trim()) { name.value = found.name; }
            if (!address.value.trim()) { address.value = found.address; }
          })
          .catch(function () { /* the look-up button still works */ });
      });
    });
  }
  // a filter form applies as soon as a choice changes
  document.querySelectorAll('form[data-autosubmit] select').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
  // a photo from the camera goes with the time the phone gave its file (when it was taken); the server keeps it
  // beside the time the photo arrived, and drops a time from the future
  var photos = document.getElementById('photos');
  if (photos) {
    photos.addEventListener('change', function () {
      photos.form.querySelectorAll('input[name="takenAt"]').forEach(function (old) { old.remove(); });
      Array.prototype.forEach.call(photos.files, function (file) {
        var taken = document.createElement('input');
        taken.type = 'hidden';
        taken.name = 'takenAt';
        taken.value = file.lastModified + '|' + file.name;
        photos.form.appendChild(taken);
      });
    });
  }

  // the signature pad: pointer events draw on the canvas (finger, pen or mouse); the drawing goes to the form as PNG
  var pad = document.getElementById('signature-pad');
  if (pad) {
    var form = pad.closest('form');
    var image = document.getElementById('image');
    var ctx = pad.getContext('2d');
    var drawing = false;
    var drawn = false;
    var blank = function () {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, pad.width, pad.height);
      ctx.lineWidth = 3; ctx.lineCap = 'round'; ctx.lineJoin = 'round'; ctx.strokeStyle = '#111111';
      drawn = false;
    };
    var at = function (event) {
      var box = pad.getBoundingClientRect();
      return { x: (event.clientX - box.left) * pad.width / box.width, y: (event.clientY - box.top) * pad.height / box.height };
    };
    blank();
    if (image.value) { // what was signed before a refused submission is kept and shown again
      var kept = new Image();
      kept.onload = function () { ctx.drawImage(kept, 0, 0); drawn = true; };
      kept.src = image.value;
    }
    pad.addEventListener('pointerdown', function (event) {
      drawing = true; pad.setPointerCapture(event.pointerId);
      var p = at(event); ctx.beginPath(); ctx.moveTo(p.x, p.y); ctx.lineTo(p.x + 0.1, p.y + 0.1); ctx.stroke();
      drawn = true; event.preventDefault();
    });
    pad.addEventListener('pointermove', function (event) {
      if (!drawing) { return; }
      var p = at(event); ctx.lineTo(p.x, p.y); ctx.stroke(); event.preventDefault();
    });
    ['pointerup', 'pointercancel', 'pointerleave'].forEach(function (name) {
      pad.addEventListener(name, function () { drawing = false; });
    });
    document.getElementById('clear-signature').addEventListener('click', function () { blank(); image.value = ''; });
    form.addEventListener('submit', function () { image.value = drawn ? pad.toDataURL('image/png') : ''; });
    if (navigator.geolocation) { // where the phone was, if its user allows it; the signature does not depend on it
      navigator.geolocation.getCurrentPosition(function (position) {
        document.getElementById('latitude').value = position.coords.latitude;
        document.getElementById('longitude').value = position.coords.longitude;
        document.getElementById('accuracy').value = position.coords.accuracy;
      }, function () { /* refused or unavailable: kept without a location */ }, { timeout: 10000 });
    }
  }
});
