package app.attune.grading.score;

/**
 * A piecewise-linear map from a measured value (a ratio, a rate) to a 0..100 score. The anchor
 * points are where the documented thresholds sit (docs/grading.md), so a value exactly at a MITI
 * threshold lands exactly on a level boundary.
 */
record Curve(double[] xs, double[] ys) {

    static Curve of(double... pairs) {
        double[] xs = new double[pairs.length / 2];
        double[] ys = new double[pairs.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = pairs[2 * i];
            ys[i] = pairs[2 * i + 1];
        }
        return new Curve(xs, ys);
    }

    int score(double x) {
        if (x <= xs[0]) {
            return clamp(ys[0]);
        }
        for (int i = 1; i < xs.length; i++) {
            if (x <= xs[i]) {
                double t = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
                return clamp(ys[i - 1] + t * (ys[i] - ys[i - 1]));
            }
        }
        return clamp(ys[ys.length - 1]);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(100, Math.round(v)));
    }
}
