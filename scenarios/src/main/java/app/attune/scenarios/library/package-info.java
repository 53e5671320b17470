/**
 * The scenario library: every bundled scenario from the classpath plus any from an optional
 * folder, validated, with the problems of the files that were left out.
 */
package app.attune.scenarios.library;
