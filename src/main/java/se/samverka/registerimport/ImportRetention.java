package se.samverka.registerimport;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.retention.RetentionCategory;
import se.samverka.retention.RetentionProperties;
import se.samverka.retention.RetentionRule;

/**
 * Uploaded files live on only as their staged rows (the preview and, after the run, the report); a month after the
 * upload they are deleted, whether the import ran or not. An import still waiting for or in its job is kept.
 */
@Component
class ImportRetention implements RetentionCategory {

    static final String NAME = "register-imports";

    private final ImportRepository repository;
    private final RetentionProperties properties;

    ImportRetention(ImportRepository repository, RetentionProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RetentionRule rule() {
        return properties.rule(NAME);
    }

    @Override
    @Transactional
    public int purgeBatch(Instant cutoff, int batchSize) {
        // one import can hold thousands of rows: a few imports per batch
        return repository.deleteUploadedBefore(cutoff, Math.max(1, batchSize / 1000));
    }
}
