package se.samverka.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.samverka.shared.PersonRef;

/** Every holder's SQL also runs on H2 (PostgreSQL mode), the database of the demo run: erase demo people there. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:privacy-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
@ActiveProfiles("demo")
class ErasureOnH2Tests {

    @Autowired
    DataSubjectRights rights;

    @Autowired
    JdbcClient jdbc;

    @Test
    void erasesADemoVolunteerAndADemoResident() {
        var volunteer = jdbc.sql("SELECT id FROM volunteer ORDER BY created_at LIMIT 1")
                .query(UUID.class)
                .single();
        var who = rights.identify(PersonRef.volunteer(volunteer)).orElseThrow();
        assertThat(rights.export(who)).isNotEmpty();
        rights.erase(who, "test.h2", true);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE id = ?")
                        .param(volunteer)
                        .query(Integer.class)
                        .single())
                .isZero();

        var request = jdbc.sql("SELECT id FROM help_request ORDER BY number LIMIT 1")
                .query(UUID.class)
                .single();
        var resident = rights.identify(PersonRef.resident(request)).orElseThrow();
        rights.erase(resident, "test.h2", false);
        assertThat(jdbc.sql("SELECT resident_name FROM help_request WHERE id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .isEqualTo(DataSubjectRights.ERASED);
    }
}
