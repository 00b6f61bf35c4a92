package se.samverka.callout;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalloutSchedule {

    static final String TASK = "callout-wave";

    @Bean
    OneTimeTask<String> calloutWave(ObjectProvider<Callouts> callouts) {
        return Tasks.oneTime(TASK, String.class).execute((instance, context) -> {
            var id = instance.getId();
            callouts.getObject().runWave(UUID.fromString(id.substring(0, id.indexOf(':'))));
        });
    }
}
