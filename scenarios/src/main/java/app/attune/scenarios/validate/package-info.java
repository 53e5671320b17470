/**
 * Reading and validating scenario files. Every problem names the file, the line and what is
 * wrong; a file with problems yields no scenario but never stops the others from loading.
 */
package app.attune.scenarios.validate;
