package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qualityloop.identity.EnterpriseRegistry;
import org.qualityloop.paging.Paged;
import org.qualityloop.transactions.Statements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Enterprises known to the service, keyed by credit code; the first registration names them. The registry is
 * searched by the system administrator, each enterprise with its cases (as sampled enterprise or as producer).
 */
@Repository
public class Enterprises implements EnterpriseRegistry {

    private final JdbcClient jdbc;

    Enterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isRegistered(String uscc) {
        return jdbc.sql("select count(*) from enterprise where uscc = ?").param(uscc).query(Integer.class).single() > 0;
    }

    /** Names the enterprise unless it is known already (looked up and inserted in one statement, one round trip). */
    public void register(Party party) {
        register(party, new Statements()).run(jdbc);
    }

    /** The same among the writes given. */
    public Statements register(Party party, Statements writes) {
        return writes.add("""
                insert into enterprise (uscc, name, address)
                select cast(? as varchar(18)), cast(? as varchar(200)), cast(? as varchar(300))
                where not exists (select 1 from enterprise where uscc = ?)""",
                party.uscc(), party.name(), party.address(), party.uscc());
    }

    /** The registry's names of these enterprises, by credit code; one not registered is left out. */
    public Map<String, String> namesOf(Collection<String> usccs) {
        Map<String, String> names = new HashMap<>();
        List<String> all = List.copyOf(usccs);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("select uscc, name from enterprise where uscc in (:usccs)")
                    .param("usccs", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
        }
        return names;
    }

    /** An enterprise in the registry; {@code region} is the administrative region code inside its credit code. */
    public record Registered(String uscc, String name, String address, String region, long cases) {
    }

    /** One case of an enterprise, and in which role it is there. */
    public record CaseOfEnterprise(UUID caseId, String caseNo, String product, LocalDate registeredOn, String status,
                                   boolean sampled) {
    }

    private static final int PAGE = 50;

    public Paged<Registered> search(String query, int page) {
        String like = "%" + (query == null ? "" : query.strip()) + "%";
        Paged.Window window = Paged.window(jdbc.sql("select count(*) from enterprise where uscc like ? or name like ?")
                .params(like, like).query(Long.class).single(), page, PAGE);
        return window.of(jdbc.sql("""
                select e.uscc, e.name, e.address,
                  (select count(*) from case_file c where c.sampled_uscc = e.uscc or c.producer_uscc = e.uscc)
                from enterprise e where e.uscc like ? or e.name like ?
                order by e.name offset ? rows fetch next ? rows only""")
                .params(like, like, window.offset(), window.size())
                .query((rs, n) -> new Registered(rs.getString(1), rs.getString(2), rs.getString(3),
                        region(rs.getString(1)), rs.getLong(4)))
                .list());
    }

    public Optional<Registered> find(String uscc) {
        return jdbc.sql("""
                select e.uscc, e.name, e.address,
                  (select count(*) from case_file c where c.sampled_uscc = e.uscc or c.producer_uscc = e.uscc)
                from enterprise e where e.uscc = ?""")
                .param(uscc)
                .query((rs, n) -> new Registered(rs.getString(1), rs.getString(2), rs.getString(3),
                        region(rs.getString(1)), rs.getLong(4)))
                .optional();
    }

    public List<CaseOfEnterprise> casesOf(String uscc) {
        return jdbc.sql("""
                select id, case_no, product_name, registered_on, status, sampled_uscc = ? from case_file
                where sampled_uscc = ? or producer_uscc = ? order by registered_on desc, case_no""")
                .params(uscc, uscc, uscc)
                .query((rs, n) -> new CaseOfEnterprise(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    /** Characters 3–8 of a unified social credit code are the registering authority's region (GB 32100-2015). */
    private static String region(String uscc) {
        return uscc != null && uscc.length() == 18 ? uscc.substring(2, 8) : "";
    }
}
