package se.samverka.onboarding;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.helprequest.StartPagePanel;

/** The onboarding counts on the coordinators' start page, each a link to the register filtered to that step. */
@Component
class OnboardingPanel implements StartPagePanel {

    /** The staff register's address and the name of its step filter. */
    static final String REGISTER = "/samordning/volontarer";

    private final Onboarding onboarding;

    OnboardingPanel(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public String template() {
        return "onboarding/start";
    }

    @Override
    public Object content() {
        var counts = onboarding.counts();
        return counts.entrySet().stream()
                .map(e -> new StepCount(e.getKey(), e.getValue()))
                .toList();
    }

    /** One step and how many stand there. */
    record StepCount(OnboardingStep step, long count) {

        public String link() {
            return UriComponentsBuilder.fromPath(REGISTER)
                    .queryParam("step", step.name())
                    .build()
                    .toUriString();
        }

        public String id() {
            return "onboarding-" + step.name().toLowerCase().replace('_', '-');
        }
    }
}
