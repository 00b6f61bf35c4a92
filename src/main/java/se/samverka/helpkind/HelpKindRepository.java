package se.samverka.helpkind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.HelpKind;

@Repository
class HelpKindRepository {

    private static final String COLUMNS =
            "code, name_sv, name_en, sort_order, safeguarding_level, retired_at, crisis_only";

    private final JdbcClient jdbc;

    HelpKindRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<KindOfHelp> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM help_kind ORDER BY sort_order, code")
                .query((rs, i) -> kind(rs))
                .list();
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM help_kind WHERE code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Whether another kind has that Swedish (column name_sv) or English (name_en) name, in any case. */
    boolean nameTaken(String column, String name, String exceptCode) {
        return jdbc.sql("SELECT COUNT(*) FROM help_kind WHERE LOWER(" + column + ") = LOWER(?) AND code <> ?")
                        .params(name, exceptCode == null ? "" : exceptCode)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    int nextSortOrder() {
        return jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM help_kind")
                .query(Integer.class)
                .single();
    }

    void insert(String code, String nameSv, String nameEn, int sortOrder, int level, Instant now) {
        jdbc.sql("INSERT INTO help_kind (code, name_sv, name_en, sort_order, safeguarding_level, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(code, nameSv, nameEn, sortOrder, level, Timestamp.from(now))
                .update();
        rememberName(code, nameSv, nameEn, now);
    }

    void rename(String code, String nameSv, String nameEn, Instant now) {
        jdbc.sql("UPDATE help_kind SET name_sv = ?, name_en = ? WHERE code = ?")
                .params(nameSv, nameEn, code)
                .update();
        rememberName(code, nameSv, nameEn, now);
    }

    private void rememberName(String code, String nameSv, String nameEn, Instant now) {
        jdbc.sql("DELETE FROM help_kind_name WHERE code = ? AND valid_from = ?")
                .params(code, Timestamp.from(now))
                .update();
        jdbc.sql("INSERT INTO help_kind_name (code, valid_from, name_sv, name_en) VALUES (?, ?, ?, ?)")
                .params(code, Timestamp.from(now), nameSv, nameEn)
                .update();
    }

    void setLevel(String code, int level) {
        jdbc.sql("UPDATE help_kind SET safeguarding_level = ? WHERE code = ?")
                .params(level, code)
                .update();
    }

    void setSortOrder(String code, int sortOrder) {
        jdbc.sql("UPDATE help_kind SET sort_order = ? WHERE code = ?")
                .params(sortOrder, code)
                .update();
    }

    void setRetired(String code, Instant retiredAt) {
        jdbc.sql("UPDATE help_kind SET retired_at = ? WHERE code = ?")
                .params(retiredAt == null ? null : Timestamp.from(retiredAt), code)
                .update();
    }

    /** The names the kind had at that instant: the latest named before it, else its first names. */
    Optional<String[]> namesAt(String code, Instant at) {
        var before = jdbc.sql("SELECT name_sv, name_en FROM help_kind_name WHERE code = ? AND valid_from <= ?"
                        + " ORDER BY valid_from DESC LIMIT 1")
                .params(code, Timestamp.from(at))
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
        if (before.isPresent()) {
            return before;
        }
        return jdbc.sql("SELECT name_sv, name_en FROM help_kind_name WHERE code = ? ORDER BY valid_from LIMIT 1")
                .param(code)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
    }

    private static KindOfHelp kind(ResultSet rs) throws SQLException {
        var retired = rs.getTimestamp("retired_at");
        return new KindOfHelp(
                HelpKind.valueOf(rs.getString("code")),
                rs.getString("name_sv"),
                rs.getString("name_en"),
                rs.getInt("sort_order"),
                rs.getInt("safeguarding_level"),
                retired == null ? null : retired.toInstant(),
                rs.getBoolean("crisis_only"));
    }
}
