package app.attune.core.insights;

import app.attune.scenarios.format.AttachmentStyle;

/** A scenario the person may filter insights by, with the style it is grouped under. */
public record ScenarioOption(String id, String title, AttachmentStyle style, int difficulty) {}
