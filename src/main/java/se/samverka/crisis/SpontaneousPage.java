package se.samverka.crisis;

import java.util.List;

/** One page of the surge register. */
record SpontaneousPage(List<SpontaneousVolunteer> rows, int page, int pages, int total) {}
