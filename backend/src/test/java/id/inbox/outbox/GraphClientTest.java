package id.inbox.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.channel.ChannelKind;
import id.inbox.message.ChannelGateway.Failure;
import id.inbox.message.ChannelGateway.FailureKind;
import id.inbox.message.ChannelGateway.Outbound;
import id.inbox.message.ChannelGateway.Receipt;
import id.inbox.message.MessageDtos.DeliveryStatus;
import id.inbox.message.MessageDtos.MessageKind;
import id.inbox.support.GraphStandIn;
import id.inbox.support.GraphStandIn.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The WhatsApp Cloud API client against a local stand-in answering as Meta documents: payloads, wamids, errors. */
class GraphClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GraphStandIn graph;
    private static GraphClient client;

    @BeforeAll
    static void start() {
        graph = new GraphStandIn();
        client = new GraphClient(graph::baseUrl, Duration.ofSeconds(2), Duration.ofMillis(500), JSON);
    }

    @AfterAll
    static void stop() {
        graph.stop();
    }

    private static String number() {
        return String.valueOf(100_000_000_000L + (long) (Math.random() * 800_000_000_000L));
    }

    private static Outbound text(String number, String body) {
        return new Outbound(1, 2, ChannelKind.WHATSAPP, number, "6281234567890", MessageKind.TEXT, body, null, null, List.of(),
                "EAAG-test-token", null);
    }

    private static Outbound template(String number, List<String> parameters) {
        return new Outbound(1, 2, ChannelKind.WHATSAPP, number, "6281234567890", MessageKind.TEMPLATE,
                "Halo Siti, pesanan INV-1 sudah dikirim.", "order_shipped", "id", parameters, "EAAG-test-token", null);
    }

    @Test
    void textIsPostedToTheNumbersMessagesWithTheBearerTokenAndAnswersTheWamid() {
        String number = number();

        Receipt receipt = client.send(text(number, "Halo Kak"));

        GraphStandIn.Received request = graph.received(number).get(0);
        assertThat(receipt.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(receipt.providerMessageId()).isEqualTo(request.wamid()).startsWith("wamid.");
        assertThat(request.authorization()).isEqualTo("Bearer EAAG-test-token");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(JSON.convertValue(request.body(), Map.class)).isEqualTo(Map.of(
                "messaging_product", "whatsapp", "recipient_type", "individual", "to", "6281234567890",
                "type", "text", "text", Map.of("body", "Halo Kak")));
    }

    @Test
    void templateCarriesNameLanguageAndBodyParameters() {
        String number = number();

        client.send(template(number, List.of("Siti", "INV-1")));

        JsonNode body = graph.received(number).get(0).body();
        assertThat(body.path("type").asText()).isEqualTo("template");
        assertThat(body.path("to").asText()).isEqualTo("6281234567890");
        assertThat(body.has("text")).isFalse();
        JsonNode template = body.path("template");
        assertThat(template.path("name").asText()).isEqualTo("order_shipped");
        assertThat(template.path("language").path("code").asText()).isEqualTo("id");
        assertThat(JSON.convertValue(template.path("components"), List.class)).isEqualTo(List.of(Map.of(
                "type", "body",
                "parameters", List.of(Map.of("type", "text", "text", "Siti"), Map.of("type", "text", "text", "INV-1")))));
    }

    @Test
    void templateWithoutPlaceholdersHasNoComponents() {
        String number = number();

        client.send(template(number, List.of()));

        assertThat(graph.received(number).get(0).body().path("template").has("components")).isFalse();
    }

    @Test
    void reEngagementErrorIsPermanentWithMetasCodeTitleAndDetails() {
        String number = number();
        graph.script(number, Reply.error(400, 131047, "Re-engagement message",
                "Message failed to send because more than 24 hours have passed since the customer last replied to this number."));

        assertThatThrownBy(() -> client.send(text(number, "Halo"))).isInstanceOfSatisfying(Failure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(FailureKind.PERMANENT);
            assertThat(failure.code()).isEqualTo("131047");
            assertThat(failure.title()).isEqualTo("Re-engagement message");
            assertThat(failure.detail()).contains("more than 24 hours").contains("fbtrace_id AbCdEf123");
        });
    }

    @Test
    void invalidParameterIsPermanent() {
        String number = number();
        graph.script(number, Reply.error(400, 100, "(#100) Invalid parameter", null));

        assertThatThrownBy(() -> client.send(text(number, "Halo")))
                .isInstanceOfSatisfying(Failure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(failure.code()).isEqualTo("100");
                });
    }

    @Test
    void throughputAndPairRateLimitsAreRetryable() {
        String number = number();
        graph.script(number, Reply.error(400, 130429, "Rate limit hit", null), Reply.error(400, 131056,
                "(Business Account, Consumer Account) pair rate limit hit", null));

        assertThatThrownBy(() -> client.send(text(number, "1"))).isInstanceOfSatisfying(Failure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(FailureKind.RETRYABLE);
            assertThat(failure.throttlesNumber()).isTrue();
        });
        assertThatThrownBy(() -> client.send(text(number, "2"))).isInstanceOfSatisfying(Failure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(FailureKind.RETRYABLE);
            assertThat(failure.code()).isEqualTo("131056");
            assertThat(failure.throttlesNumber()).isFalse();
        });
    }

    @Test
    void serverErrorsAndTooManyRequestsAreRetryableAndRetryAfterIsRead() {
        String number = number();
        graph.script(number, Reply.status(503, "<html>Service Unavailable</html>"),
                new Reply(429, "{}", Map.of("Retry-After", "7"), null));

        assertThatThrownBy(() -> client.send(text(number, "1"))).isInstanceOfSatisfying(Failure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(FailureKind.RETRYABLE);
            assertThat(failure.code()).isEqualTo("http-503");
        });
        assertThatThrownBy(() -> client.send(text(number, "2"))).isInstanceOfSatisfying(Failure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(FailureKind.RETRYABLE);
            assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        });
    }

    @Test
    void aRefusedConnectionSentNothingAndIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        GraphClient nowhere = new GraphClient(() -> "http://127.0.0.1:" + closedPort + "/v21.0", Duration.ofSeconds(2),
                Duration.ofSeconds(2), JSON);

        assertThatThrownBy(() -> nowhere.send(text(number(), "Halo"))).isInstanceOfSatisfying(Failure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(FailureKind.RETRYABLE);
            assertThat(failure.code()).isEqualTo("connection-failed");
        });
    }

    @Test
    void noAnswerAfterTheRequestLeftIsAmbiguousNotRetryable() {
        String number = number();
        CountDownLatch hold = new CountDownLatch(1);
        graph.script(number, Reply.hang(hold));
        try {
            assertThatThrownBy(() -> client.send(text(number, "Halo"))).isInstanceOfSatisfying(Failure.class, failure -> {
                assertThat(failure.kind()).isEqualTo(FailureKind.AMBIGUOUS);
                assertThat(failure.code()).isEqualTo("ambiguous-timeout");
            });
            assertThat(graph.received(number)).hasSize(1);
        } finally {
            hold.countDown();
        }
    }

    @Test
    void theTokenNeverAppearsInTheOutboundsDescription() {
        assertThat(text(number(), "Halo").toString()).doesNotContain("EAAG");
    }
}
