package se.samverka.safetypoint;

import java.util.List;

/** One page of the coordinators' list. */
record SafetyPointPage(List<SafetyPoint> rows, int page, int pages, int total) {}
