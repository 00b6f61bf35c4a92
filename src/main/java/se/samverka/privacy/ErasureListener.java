package se.samverka.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.shared.PersonErasureDue;

/** A retention rule or a request handed a person to erasure: erase them as a person asking for it would be. */
@Component
class ErasureListener {

    private static final Logger log = LoggerFactory.getLogger(ErasureListener.class);

    private final DataSubjectRights rights;

    ErasureListener(DataSubjectRights rights) {
        this.rights = rights;
    }

    @ApplicationModuleListener
    void on(PersonErasureDue due) {
        rights.identify(due.person())
                .ifPresentOrElse(
                        who -> rights.erase(who, due.reason(), false),
                        () -> log.info(
                                "{} {} is already erased",
                                due.person().kind(),
                                due.person().id()));
    }
}
