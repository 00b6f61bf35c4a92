package se.samverka.crisis;

/** What a spontaneous volunteer says they can do; crisis tasks that need no safeguarding level. */
enum Skill {
    CARRY_AND_DELIVER,
    DRIVE,
    CHECK_ON_NEIGHBOURS,
    HAND_OUT_INFORMATION,
    COOK_AND_SERVE,
    LANGUAGES
}
