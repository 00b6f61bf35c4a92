package se.samverka.helpkind;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator types to add or change a kind of help. The code is only typed for a new kind, and may be
 * left empty (it is then made from the Swedish name); the level is kept as sent so a wrong one shows back as it was.
 */
record KindForm(
        @NotBlank(message = "{helpkind.nameSv.required}") @Size(max = 60, message = "{helpkind.name.tooLong}")
        String nameSv,

        @NotBlank(message = "{helpkind.nameEn.required}") @Size(max = 60, message = "{helpkind.name.tooLong}")
        String nameEn,

        @Pattern(regexp = "^\\s*([A-Z][A-Z0-9_]{1,29})?\\s*$", message = "{helpkind.code.pattern}")
        String code,

        @NotBlank(message = "{helpkind.level.required}")
        @Pattern(regexp = "^[0-2]$", message = "{helpkind.level.required}")
        String safeguardingLevel) {

    static final java.util.List<String> LEVELS = java.util.List.of("0", "1", "2");

    static KindForm empty() {
        return new KindForm("", "", "", "1");
    }

    static KindForm of(KindOfHelp kind) {
        return new KindForm(kind.nameSv(), kind.nameEn(), kind.code(), String.valueOf(kind.safeguardingLevel()));
    }

    int level() {
        return Integer.parseInt(safeguardingLevel);
    }
}
