package se.samverka.shared;

import java.time.ZoneId;

/**
 * The municipality's time zone: the one place it is named. The application's {@code Clock} runs in it, the schedules'
 * cron expressions are read in it, and what has no clock at hand (a record turning an instant into a local date)
 * uses this constant. Code that has the clock uses {@code clock.getZone()}.
 */
public final class MunicipalTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private MunicipalTime() {}
}
