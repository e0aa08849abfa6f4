package id.inbox.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A written demo company: the ids its people, channels and tags got, looked up while its rooms are planned. */
record DemoCompany(long tenantId, DemoTenant spec, Map<String, Long> userIds, List<ChannelRow> channels,
                   Map<String, Long> tagIds) {

    record ChannelRow(long id, DemoTenant.Channel spec) {
    }

    /** Active users, agents four times: agents carry most of the work, the supervisor takes a share. */
    List<Long> assigneesByWeight() {
        List<Long> weighted = new ArrayList<>();
        for (DemoTenant.User user : spec.users()) {
            if (user.active()) {
                int weight = "agent".equals(user.role()) ? 4 : 1;
                for (int w = 0; w < weight; w++) {
                    weighted.add(userIds.get(user.username()));
                }
            }
        }
        return weighted;
    }

    Long supervisorId() {
        return spec.users().stream().filter(u -> "supervisor".equals(u.role()))
                .map(u -> userIds.get(u.username())).findFirst().orElseThrow();
    }

    String displayName(Long userId) {
        return spec.users().stream().filter(u -> userIds.get(u.username()).equals(userId))
                .map(DemoTenant.User::displayName).findFirst().orElse("");
    }
}
