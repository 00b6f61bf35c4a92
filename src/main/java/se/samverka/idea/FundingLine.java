package se.samverka.idea;

import java.math.BigDecimal;

/** Funding sought for an idea, as the coach records it. */
record FundingLine(String source, BigDecimal amount, FundingStatus status) {}
