package org.reportingcentre.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.reportingcentre.report.Coded;

/** Writes every {@link Coded} enum as its stable code, and reads it back from the code only. */
final class CodedEnums extends SimpleModule {
  private static final long serialVersionUID = 1L;

  CodedEnums() {
    super("coded-enums");
    addSerializer(Coded.class, new CodeSerializer());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new CodeDeserializers());
  }

  private static final class CodeSerializer extends StdSerializer<Coded> {
    private static final long serialVersionUID = 1L;

    CodeSerializer() {
      super(Coded.class);
    }

    @Override
    public void serialize(Coded value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.code());
    }
  }

  private static final class CodeDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      return Coded.class.isAssignableFrom(type) ? new CodeDeserializer(type) : null;
    }
  }

  private static final class CodeDeserializer extends JsonDeserializer<Object> {
    private final Class<?> type;

    CodeDeserializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.handleUnexpectedToken(type, p);
      }
      String code = p.getText();
      for (Object constant : type.getEnumConstants()) {
        if (((Coded) constant).code().equals(code)) {
          return constant;
        }
      }
      String allowed =
          Arrays.stream(type.getEnumConstants())
              .map(c -> ((Coded) c).code())
              .collect(Collectors.joining(", "));
      throw InvalidFormatException.from(
          p,
          "\"" + shorten(code) + "\" is not a known code here. Use one of: " + allowed,
          code,
          type);
    }

    private static String shorten(String text) {
      return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
  }
}
