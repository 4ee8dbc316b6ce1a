package org.reportingcentre.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that starts the JavaFX toolkit and shows real screens (TestFX, headless Monocle by
 * default). Each such class costs the toolkit's start and CSS and layout of real pages, so {@code
 * mvn test -Pfast} leaves them out; {@code mvn test} and {@code mvn verify} run them.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("screen")
public @interface ScreenTest {}
