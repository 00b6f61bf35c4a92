package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the log scan catch each kind of leak and let masked or harmless text through. */
class LogLeaksTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sms till +46701234567 skickat",
                "phone=+46 70 123 45 67",
                "ring 070-123 45 67",
                "nr 0701234567.",
                "nr 073-1234567",
                "0046 76 123 45 67",
                "from=Ekero&to=%2B46707107088&message=Hej",
                "+46 (0)72 123 45 67",
                "code word Blåbär for request",
                "kodord=Lingon-4f2a",
                "Kodord1a2b3c4d",
                "<script>alert('codeWord')</script>",
                "link /erbjudande/svar?t=Zk3mX9_qL2vBn8RtY6wPaE1cD4fGhJkLmN0oPqRsTuV",
                "hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "GET /login/ott?token=0b3c5e0e-6b1a-4b7f-9a1e-3f2d1c0b9a87",
                "riskGroup=true",
                "riskgrupp: ja"
            })
    void findsALeak(String line) {
        assertThat(LogLeaks.in("2026-11-30 INFO x.Y : " + line)).as(line).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sms till +46 70 *** ** 67 skickat",
                "request 0b3c5e0e-6b1a-4b7f-9a1e-3f2d1c0b9a87",
                "Call-out 0b3c5e0e-6b1a-4b7f-9a1e-3f2d1c0b9a87 wave 1: asked 3",
                "08:07:17.210 [main] INFO started",
                "landline 08-560 391 00",
                "Blåbärssoppa och lingonsylt",
                "riskGroup=<masked>",
                "took 0701 ms",
                "SpringBootTestContextBootstrapperAndMoreWords",
                "Health data of request 42 viewed"
            })
    void letsHarmlessTextThrough(String line) {
        assertThat(LogLeaks.in("2026-11-30 INFO x.Y : " + line)).as(line).isEmpty();
    }

    @Test
    void reportsTheLineOfEachLeak() {
        assertThat(LogLeaks.in("ok\nSms till 0701234567\nok"))
                .singleElement()
                .hasToString("phone number in line 2: 0701234567");
    }
}
