package org.qualityloop.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.qualityloop.casefile.CreditCode;
import org.qualityloop.casefile.Hazard;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.Texts;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Institutions;
import org.qualityloop.identity.KnownCodes;
import org.qualityloop.identity.Role;
import org.qualityloop.transactions.Reads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every check a registration must pass, each reported against its JSON path. */
@Component
class IntakeValidator {

    private final Bureaus bureaus;
    private final Institutions institutions;
    private final KnownCodes codes;
    private final JdbcTemplate jdbc;

    IntakeValidator(Bureaus bureaus, Institutions institutions, KnownCodes codes, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.bureaus = bureaus;
        this.institutions = institutions;
        this.codes = codes;
    }

    /** Which bureaus the registry knows and which institutions are active, as validation asks it. */
    record Registry(Predicate<String> bureauExists, Predicate<String> institutionActive) {
    }

    /**
     * The registry read once, for a batch validated and registered in one transaction: three lookups a row were a
     * tenth of a bulk import's time (docs/performance.md).
     */
    Registry snapshot() {
        Set<String> known = new HashSet<>(bureaus.names().keySet());
        Set<String> active = new HashSet<>(institutions.activeNames().keySet());
        return new Registry(known::contains, active::contains);
    }

    FieldErrors validate(IntakeRequest r, Actor actor, LocalDate today) {
        return validate(r, actor, today, new Reads());
    }

    /** The same, with the reads given sent along with the registry's, in its round trip ({@link Reads}). */
    FieldErrors validate(IntakeRequest r, Actor actor, LocalDate today, Reads along) {
        return validate(r, actor, today, lookedUpFor(r, along));
    }

    /** The registry as one request asks it: its two bureaus and its institution in one read. */
    private Registry lookedUpFor(IntakeRequest r, Reads along) {
        String institution = blank(r.institution()) ? null : r.institution().trim();
        Supplier<KnownCodes.Known> asked = codes.of(java.util.stream.Stream.of(r.bureauCode(),
                r.organizingBureauCode()).filter(code -> !blank(code)).map(String::trim).toList(), institution, along);
        along.run(jdbc);
        KnownCodes.Known known = asked.get();
        return new Registry(known.bureaus()::contains, code -> known.institutionActive() && code.equals(institution));
    }

    FieldErrors validate(IntakeRequest r, Actor actor, LocalDate today, Registry registry) {
        FieldErrors errors = new FieldErrors();
        required(errors, "reportNo", r.reportNo());
        if (r.product() == null) {
            errors.reject("product", "validation.required");
        } else {
            required(errors, "product.name", r.product().name());
            required(errors, "product.category", r.product().category());
        }
        LocalDate sampled = date(errors, "sampledAt", r.sampledAt(), today);
        LocalDate issued = date(errors, "reportIssuedAt", r.reportIssuedAt(), today);
        if (sampled != null && issued != null && issued.isBefore(sampled)) {
            errors.reject("reportIssuedAt", "intake.reportBeforeSampling");
        }
        failedItems(errors, r.failedItems());
        party(errors, "sampledEnterprise", r.sampledEnterprise(), true);
        party(errors, "producer", r.producer(), false);
        bureau(errors, "bureauCode", r.bureauCode(), registry);
        bureau(errors, "organizingBureauCode", r.organizingBureauCode(), registry);
        required(errors, "institution", r.institution());
        if (!blank(r.institution()) && !registry.institutionActive().test(r.institution().trim())) {
            // a result from an institution the bureau does not know cannot be served on anyone
            errors.reject("institution", "intake.unknownInstitution", r.institution().trim());
        }
        if (actor.is(Role.HANDLER) && r.bureauCode() != null && !actor.bureaus().contains(r.bureauCode())) {
            errors.reject("bureauCode", "intake.bureauOutOfScope");
        }
        lengths(errors, "", RegistrationForm.FORM, RegistrationForm.textsOf(r));
        if (r.failedItems() != null) {
            for (int i = 0; i < r.failedItems().size(); i++) {
                if (r.failedItems().get(i) != null) {
                    lengths(errors, "failedItems[" + i + "].", RegistrationForm.FAILED_ITEM,
                            RegistrationForm.textsOf(r.failedItems().get(i)));
                }
            }
        }
        return errors;
    }

    /**
     * The same declared limits as the page's: no text longer than the column that keeps it, and none with
     * characters nobody types.
     */
    private static void lengths(FieldErrors errors, String prefix, Form form, java.util.Map<String, String> texts) {
        for (FormField f : form.fields()) {
            String value = texts.get(f.name());
            if (f.maxLength() > 0 && value != null && value.strip().length() > f.maxLength()) {
                errors.reject(prefix + f.name(), "validation.tooLong", f.maxLength());
            } else if (value != null && !Texts.clean(value)) {
                errors.reject(prefix + f.name(), "validation.controlCharacters");
            }
        }
    }

    private void failedItems(FieldErrors errors, List<IntakeRequest.FailedItemData> items) {
        if (items == null || items.isEmpty()) {
            errors.reject("failedItems", "intake.noFailedItems");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String path = "failedItems[" + i + "]";
            IntakeRequest.FailedItemData item = items.get(i);
            if (item == null) {
                errors.reject(path, "validation.required");
                continue;
            }
            required(errors, path + ".item", item.item());
            required(errors, path + ".requirement", item.requirement());
            required(errors, path + ".measured", item.measured());
            if (blank(item.hazard())) {
                errors.reject(path + ".hazard", "validation.required");
            } else if (List.of(Hazard.values()).stream().noneMatch(h -> h.name().equals(item.hazard()))) {
                errors.reject(path + ".hazard", "validation.option", "SAFETY, PERFORMANCE, LABELLING");
            }
        }
    }

    private void party(FieldErrors errors, String path, IntakeRequest.PartyData party, boolean mandatory) {
        if (party == null) {
            if (mandatory) {
                errors.reject(path, "validation.required");
            }
            return;
        }
        if (blank(party.uscc())) {
            errors.reject(path + ".uscc", "validation.required");
        } else if (!CreditCode.isValid(party.uscc().trim())) {
            errors.reject(path + ".uscc", "intake.invalidCreditCode");
        }
        required(errors, path + ".name", party.name());
    }

    private static void bureau(FieldErrors errors, String path, String code, Registry registry) {
        if (blank(code)) {
            errors.reject(path, "validation.required");
        } else if (!registry.bureauExists().test(code.trim())) {
            errors.reject(path, "intake.unknownBureau", code);
        }
    }

    private static LocalDate date(FieldErrors errors, String path, String value, LocalDate today) {
        if (blank(value)) {
            errors.reject(path, "validation.required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.isAfter(today)) {
                errors.reject(path, "validation.date.future");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.reject(path, "validation.date.format");
            return null;
        }
    }

    private static void required(FieldErrors errors, String path, String value) {
        if (blank(value)) {
            errors.reject(path, "validation.required");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
