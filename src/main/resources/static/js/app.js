// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
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
});
