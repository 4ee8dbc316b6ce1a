package org.reportingcentre.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that takes seconds: it starts another JVM or a shell script, a server on a loopback port
 * or PostgreSQL, or works through thousands of reports. {@code mvn test -Pfast} leaves them out;
 * {@code mvn test} and {@code mvn verify} run them.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("slow")
public @interface SlowTest {}
