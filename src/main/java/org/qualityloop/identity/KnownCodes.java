package org.qualityloop.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.qualityloop.transactions.Reads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the registry knows of the codes one request or document names, in one read across bureaus and institutions:
 * a registration and a completion wait on each round trip.
 */
@Repository
public class KnownCodes {

    /** The codes among those asked that are bureaus, and whether the institution asked is an active one. */
    public record Known(Set<String> bureaus, boolean institutionActive) {
    }

    private final JdbcClient jdbc;

    KnownCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The codes known, read with the reads given, in their round trip ({@link Reads}): a registration sends its
     * report number's lookup along. Known once they have run.
     */
    public Supplier<Known> of(Collection<String> bureauCodes, String institution, Reads along) {
        // no code is empty: an empty list still makes a valid statement
        List<String> codes = bureauCodes.isEmpty() ? List.of("")
                : List.copyOf(new java.util.LinkedHashSet<>(bureauCodes));
        List<Object> values = new ArrayList<>(codes);
        values.add(institution == null ? "" : institution);
        Supplier<List<String[]>> rows = along.add("select 'B', code from bureau where code in ("
                        + String.join(", ", Collections.nCopies(codes.size(), "?"))
                        + ") union all select 'I', code from institution where code = ? and active = true",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, values.toArray());
        return () -> {
            Set<String> bureaus = new HashSet<>();
            boolean active = false;
            for (String[] row : rows.get()) {
                if ("B".equals(row[0])) {
                    bureaus.add(row[1]);
                } else {
                    active = true;
                }
            }
            return new Known(Set.copyOf(bureaus), active);
        };
    }

    /** The issuing bureau, and the names a document gives the organizing bureau and the institution beside it. */
    public record Naming(Bureaus.Issuer issuer, String organizer, String institution) {
    }

    /**
     * What a document names of the bureaus and institution of its case: the issuer as {@link Bureaus} reads it, the
     * organizer's name or its code, the institution's name or the text given.
     */
    public Naming naming(String issuerCode, String organizerCode, String institution) {
        Bureaus.Issuer[] issuer = {Bureaus.unknownIssuer(issuerCode)};
        String[] names = {organizerCode, institution == null ? "" : institution};
        jdbc.sql("""
                select 'I', name, coalesce(number_prefix, code), reconsideration_body, court from bureau
                  where code = :issuer
                union all select 'O', name, null, null, null from bureau where code = :organizer
                union all select 'N', name, null, null, null from institution where code = :institution""")
                .param("issuer", issuerCode).param("organizer", organizerCode == null ? "" : organizerCode)
                .param("institution", institution == null ? "" : institution)
                .query(rs -> {
                    switch (rs.getString(1)) {
                        case "I" -> issuer[0] = Bureaus.issuer(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5));
                        case "O" -> names[0] = rs.getString(2);
                        default -> names[1] = rs.getString(2);
                    }
                });
        return new Naming(issuer[0], names[0], names[1]);
    }
}
