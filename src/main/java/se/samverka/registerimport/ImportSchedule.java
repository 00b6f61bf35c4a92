package se.samverka.registerimport;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A confirmed import runs as a db-scheduler task, on exactly one instance. Data: the import's id. */
@Configuration(proxyBeanMethods = false)
class ImportSchedule {

    @Bean
    OneTimeTask<String> registerImportRun(ImportRun run) {
        return Tasks.oneTime("register-import", String.class)
                .execute((instance, context) -> run.run(UUID.fromString(instance.getData())));
    }
}
