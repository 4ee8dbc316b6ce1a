package org.reportingcentre.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that takes seconds, not milliseconds: it starts another JVM or a shell script, a server on
 * a loopback port or PostgreSQL, runs whole commands over a real store, unlocks stores at the
 * keyring's full 600,000 key-derivation rounds again and again, or renders PDFs with their fonts.
 * {@code mvn test -Pfast} leaves them out, so that the rest runs in under a minute; {@code mvn
 * test} and {@code mvn verify} run them.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("slow")
public @interface SlowTest {}
