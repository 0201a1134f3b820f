package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centinela.escalation.application.Groups;
import org.centinela.escalation.domain.directory.ResponderGroup;

/** Groups of responders in {@code responder_group}, their members in order in {@code group_member}. */
@ApplicationScoped
public class JdbcGroups implements Groups {

    private final Statements sql;

    public JdbcGroups(Statements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<ResponderGroup> group(String id) {
        return sql.one("SELECT name FROM responder_group WHERE id = ?", rows -> rows.getString(1), id)
                .map(name -> new ResponderGroup(id, name, members(id)));
    }

    private List<String> members(String groupId) {
        return sql.query("SELECT responder_id FROM group_member WHERE group_id = ? ORDER BY position",
                rows -> rows.getString(1), groupId);
    }

    @Override
    public boolean save(ResponderGroup group, Instant at) {
        boolean created = sql.update("INSERT INTO responder_group (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (id) DO NOTHING", "add a group", group.id(), group.name(), at, at) == 1;
        if (!created) {
            sql.update("UPDATE responder_group SET name = ?, updated_at = ? WHERE id = ?", "change a group",
                    group.name(), at, group.id());
            sql.update("DELETE FROM group_member WHERE group_id = ?", "change a group", group.id());
        }
        List<Object[]> members = new ArrayList<>();
        for (int i = 0; i < group.members().size(); i++) {
            members.add(new Object[] {group.id(), group.members().get(i), i});
        }
        sql.batch("INSERT INTO group_member (group_id, responder_id, position) VALUES (?, ?, ?)", "change a group",
                members);
        return created;
    }

    @Override
    public boolean delete(String id) {
        return sql.update("DELETE FROM responder_group WHERE id = ?", "remove a group", id) == 1;
    }

    @Override
    public List<ResponderGroup> groups(String search, int offset, int limit) {
        String order = " ORDER BY lower(g.name), g.id OFFSET ? LIMIT ?";
        String select = "SELECT g.id, g.name FROM responder_group g";
        List<String[]> page = search == null
                ? sql.query(select + order, rows -> new String[] {rows.getString(1), rows.getString(2)}, offset, limit)
                : sql.query(select + " WHERE strpos(lower(g.name), lower(?)) > 0" + order,
                        rows -> new String[] {rows.getString(1), rows.getString(2)}, search, offset, limit);
        Map<String, List<String>> members = new LinkedHashMap<>();
        page.forEach(group -> members.put(group[0], new ArrayList<>()));
        if (!page.isEmpty()) {
            sql.query("SELECT group_id, responder_id FROM group_member WHERE group_id = ANY (?) ORDER BY position",
                    rows -> members.get(rows.getString(1)).add(rows.getString(2)),
                    (Object) members.keySet().toArray(String[]::new));
        }
        return page.stream().map(group -> new ResponderGroup(group[0], group[1], members.get(group[0]))).toList();
    }

    @Override
    public List<String> groupsWith(String responderId) {
        return sql.query("SELECT group_id FROM group_member WHERE responder_id = ? ORDER BY group_id",
                rows -> rows.getString(1), responderId);
    }
}
