package io.plrlive.contracts.json;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka serde that writes one record type as UTF-8 JSON. It is deliberately a thin
 * adapter over Jackson so that the contracts jar carries no framework: analytics
 * consumers use it with any Kafka client. A payload that is not a valid document of the
 * type fails with a {@link SerializationException} naming the topic, the type and the
 * problem; a {@code null} payload (a tombstone) reads as {@code null}.
 *
 * @param <T> the record type
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// Read numbers as strictly as the JSON Schemas describe them: no "7" for 7, no
		// 5.5 cut to 5.
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.build();

	private final Class<T> type;

	// Built once: looking the type's deserializer up on every record costs more than
	// reading a small record.
	private final ObjectReader reader;

	private JsonSerde(Class<T> type) {
		this.type = Objects.requireNonNull(type, "type");
		this.reader = MAPPER.readerFor(type);
	}

	/**
	 * A serde for one record type.
	 * @param <T> the record type
	 * @param type the record class, or a sealed interface with Jackson type information
	 * @return the serde
	 */
	public static <T> JsonSerde<T> of(Class<T> type) {
		return new JsonSerde<>(type);
	}

	/**
	 * The mapper that the serdes use, for code that maps the same records outside Kafka
	 * (e.g. SSE payloads).
	 * @return the shared, immutable mapper
	 */
	public static ObjectMapper mapper() {
		return MAPPER;
	}

	/**
	 * The record type this serde reads and writes.
	 * @return the type
	 */
	public Class<T> type() {
		return this.type;
	}

	@Override
	public byte[] serialize(String topic, T data) {
		if (data == null) {
			return null;
		}
		try {
			return MAPPER.writeValueAsBytes(data);
		}
		catch (JacksonException ex) {
			throw new SerializationException("Cannot write a " + this.type.getSimpleName() + " record to topic " + topic
					+ ": " + ex.getOriginalMessage(), ex);
		}
	}

	@Override
	public T deserialize(String topic, byte[] data) {
		if (data == null) {
			return null;
		}
		try {
			return this.reader.readValue(data);
		}
		catch (JacksonException ex) {
			throw new SerializationException("Cannot read a record of topic " + topic + " as "
					+ this.type.getSimpleName() + ": " + problem(ex) + " in payload " + excerpt(data), ex);
		}
	}

	private static String problem(JacksonException ex) {
		Throwable cause = ex.getCause();
		// Compact constructors reject invalid values; their message says more than
		// Jackson's wrapper.
		if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
			return cause.getMessage();
		}
		// Objects.requireNonNull(value, "name") only names the value; List.copyOf
		// names nothing when an element is null.
		if (cause instanceof NullPointerException) {
			return (cause.getMessage() != null) ? cause.getMessage() + " must not be null"
					: "a list element or required value is null";
		}
		return ex.getOriginalMessage() + at(ex);
	}

	private static String at(JacksonException ex) {
		String path = ex.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
		return path.isEmpty() ? "" : " at " + path;
	}

	private static String excerpt(byte[] data) {
		String text = new String(data, StandardCharsets.UTF_8);
		return (text.length() <= 200) ? "'" + text + "'"
				: "'" + text.substring(0, 200) + "…' (" + data.length + " bytes)";
	}

	@Override
	public Serializer<T> serializer() {
		return this;
	}

	@Override
	public Deserializer<T> deserializer() {
		return this;
	}

	@Override
	public void configure(Map<String, ?> configs, boolean isKey) {
		// Nothing to configure: the record type is fixed at construction.
	}

	@Override
	public void close() {
	}

}
