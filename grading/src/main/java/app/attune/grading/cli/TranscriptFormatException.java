package app.attune.grading.cli;

/** A transcript file that does not follow the documented format; the message says where and why. */
final class TranscriptFormatException extends Exception {

    TranscriptFormatException(String message) {
        super(message);
    }
}
