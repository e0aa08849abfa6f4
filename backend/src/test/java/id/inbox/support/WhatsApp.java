package id.inbox.support;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/** Connecting WhatsApp Cloud numbers through the API, and waiting for the relay's outcome. */
public final class WhatsApp {

    private WhatsApp() {
    }

    /** A phone-number id of the test's own (the stand-in keeps traffic apart by it). */
    public static String phoneNumberId() {
        return String.valueOf(100_000_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000_000L));
    }

    /** A customer's WhatsApp id (international number, digits). */
    public static String waId() {
        return "628" + (100_000_000L + ThreadLocalRandom.current().nextLong(800_000_000L));
    }

    /** POST /channels: connect a number; wabaId may be null. */
    public static Response connect(TestData.TestUser caller, String name, String phoneNumberId, String accessToken, String wabaId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "WHATSAPP");
        body.put("name", name);
        body.put("phoneNumberId", phoneNumberId);
        body.put("accessToken", accessToken);
        if (wabaId != null) {
            body.put("wabaId", wabaId);
        }
        return Api.as(caller).body(body).post("/api/v1/channels");
    }

    /** A number connected by the supervisor, as a test channel (24-hour window). */
    public static TestData.TestChannel connected(TestData.TestUser supervisor, String phoneNumberId, String accessToken) {
        String name = TestData.unique("WhatsApp Cloud");
        long id = connect(supervisor, name, phoneNumberId, accessToken, null).then().statusCode(201).extract().jsonPath().getLong("id");
        return new TestData.TestChannel(id, "WHATSAPP", name, 1440, supervisor.tenant());
    }

    /**
     * Runs {@code step} (e.g. a relay round) until {@code done} holds, for at most 15 s: the outcome is awaited as
     * state, never as a fixed wait.
     */
    public static void until(String what, Runnable step, BooleanSupplier done) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            step.run();
            if (done.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 15 s: " + what);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
