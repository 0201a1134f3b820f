package org.centinela.sandbox.adapter.in.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.centinela.sandbox.domain.Call;
import org.centinela.sandbox.domain.SmsMessage;

/** Messages, calls, pages and errors in the JSON shape of Twilio's 2010-04-01 API (snake_case, RFC 2822 dates). */
final class TwilioJson {

    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    private TwilioJson() {
    }

    static String accountUri(String accountSid) {
        return "/2010-04-01/Accounts/" + accountSid;
    }

    static Map<String, Object> message(SmsMessage message) {
        String uri = accountUri(message.accountSid()) + "/Messages/" + message.sid();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", message.accountSid());
        json.put("api_version", "2010-04-01");
        json.put("body", message.body());
        json.put("date_created", date(message.createdAt()));
        json.put("date_sent", date(message.sentAt()));
        json.put("date_updated", date(message.updatedAt()));
        json.put("direction", message.direction().wire());
        json.put("error_code", message.errorCode());
        json.put("error_message", message.errorMessage());
        json.put("from", message.from());
        json.put("messaging_service_sid", null);
        json.put("num_media", "0");
        json.put("num_segments", String.valueOf(message.segments().count()));
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("sid", message.sid());
        json.put("status", message.status().wire());
        json.put("subresource_uris", Map.of("media", uri + "/Media.json"));
        json.put("to", message.to());
        json.put("uri", uri + ".json");
        return json;
    }

    static Map<String, Object> call(Call call) {
        String uri = accountUri(call.accountSid()) + "/Calls/" + call.sid();
        Instant end = call.status().ended() ? call.updatedAt() : null;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", call.accountSid());
        json.put("annotation", null);
        json.put("answered_by", null);
        json.put("api_version", "2010-04-01");
        json.put("caller_name", null);
        json.put("date_created", date(call.createdAt()));
        json.put("date_updated", date(call.updatedAt()));
        json.put("direction", "outbound-api");
        json.put("duration", end == null ? null : String.valueOf(call.durationUntil(end)));
        json.put("end_time", date(end));
        json.put("forwarded_from", null);
        json.put("from", call.from());
        json.put("from_formatted", call.from());
        json.put("group_sid", null);
        json.put("parent_call_sid", null);
        json.put("phone_number_sid", null);
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("queue_time", "0");
        json.put("sid", call.sid());
        json.put("start_time", date(call.answeredAt()));
        json.put("status", call.status().wire());
        json.put("subresource_uris", Map.of("notifications", uri + "/Notifications.json",
                "recordings", uri + "/Recordings.json"));
        json.put("to", call.to());
        json.put("to_formatted", call.to());
        json.put("trunk_sid", null);
        json.put("uri", uri + ".json");
        return json;
    }

    /**
     * One page of a list, with the paging fields the SDK's readers follow; {@code filters} (encoded
     * query parameters, each followed by {@code &}) are kept in every page link.
     */
    static Map<String, Object> page(String key, String listUri, String filters, List<Map<String, Object>> all, int page,
            int pageSize) {
        int start = Math.min(page * pageSize, all.size());
        int end = Math.min(start + pageSize, all.size());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(key, all.subList(start, end));
        json.put("end", Math.max(end - 1, start));
        json.put("first_page_uri", listUri + "?" + filters + "PageSize=" + pageSize + "&Page=0");
        json.put("next_page_uri", end < all.size() ? listUri + "?" + filters + "PageSize=" + pageSize + "&Page=" + (page + 1) : null);
        json.put("page", page);
        json.put("page_size", pageSize);
        json.put("previous_page_uri", page > 0 ? listUri + "?" + filters + "PageSize=" + pageSize + "&Page=" + (page - 1) : null);
        json.put("start", start);
        json.put("uri", listUri + "?" + filters + "PageSize=" + pageSize + "&Page=" + page);
        return json;
    }

    static Map<String, Object> error(int code, String message, int status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code);
        json.put("message", message);
        json.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        json.put("status", status);
        return json;
    }

    private static String date(Instant instant) {
        return instant == null ? null : RFC_2822.format(instant);
    }
}
