package cn.xxgk.catalogue.control;

import cn.xxgk.catalogue.entity.CatalogueImport;
import cn.xxgk.catalogue.entity.ImportState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The import jobs' rows, each change in a transaction of its own: the job row is committed before
 * the asynchronous run starts, and its progress is visible to the polling screen while the import's
 * own transaction is still open. Also the reads the run needs outside a transaction.
 */
@ApplicationScoped
public class ImportJobs {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CatalogueImport create(CatalogueImport job) {
        em.persist(job);
        em.flush();
        return job;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(Long id, ImportState phase, int done) {
        em.find(CatalogueImport.class, id).progress(phase, done);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(Long id, ImportState outcome, int imported, List<ImportRefusal> refusals, String failure) {
        em.find(CatalogueImport.class, id).finish(outcome, imported, refusals == null ? null : json(refusals), failure,
                LocalDateTime.now(clock));
    }

    /** Whether some import is running now (one at a time: two would race for the same numbers). */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean anyRunning(LocalDateTime since) {
        return em.createQuery("SELECT COUNT(i) FROM CatalogueImport i WHERE i.state IN :running AND i.createdAt > :since",
                        Long.class).setParameter("running", List.of(ImportState.CHECKING, ImportState.IMPORTING))
                .setParameter("since", since).getSingleResult() > 0;
    }

    /** Which of these index numbers the catalogue has already (any state: a number is never given twice). */
    @Transactional(Transactional.TxType.REQUIRED)
    public Set<String> existing(Collection<String> indexNumbers) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(indexNumbers);
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(em.createQuery("SELECT g.publication.indexNumber FROM GovInfo g"
                            + " WHERE g.publication.indexNumber IN :numbers", String.class)
                    .setParameter("numbers", all.subList(from, Math.min(all.size(), from + 1000))).getResultList());
        }
        return found;
    }

    static String json(List<ImportRefusal> refusals) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        refusals.forEach(r -> array.add(Json.createObjectBuilder().add("row", r.row()).add("column", r.column())
                .add("reason", r.reason())));
        return array.build().toString();
    }

    /** The refused rows a job kept. */
    public static List<ImportRefusal> refusals(CatalogueImport job) {
        if (job.getRefusals() == null || job.getRefusals().isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(job.getRefusals()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new ImportRefusal(o.getInt("row"), o.getString("column"), o.getString("reason"))).toList();
        }
    }
}
