package io.parley.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Draws latency distributions as percentile curves: latency up, percentile across on a scale of
 * "nines" (0%, 90%, 99%, 99.9%, …) so the tail gets as much room as the median. Plain Java2D.
 */
public final class LatencyChart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 600;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 70;
    private static final int BOTTOM = 60;
    private static final int MAX_NINES = 5;
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd)};

    private LatencyChart() {
    }

    /** Writes a PNG of the given series (name → latencies in microseconds); empty series are left out. */
    public static void write(Path file, String title, String subtitle, Map<String, Histogram> series) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);

            long samples = series.values().stream().mapToLong(Histogram::getTotalCount).max().orElse(0);
            // Beyond log10(samples) nines the curve is a single sample: not worth the width.
            int nines = (int) Math.max(2, Math.min(MAX_NINES, Math.ceil(Math.log10(Math.max(samples, 1)))));
            double maxMillis = series.values().stream().filter(h -> h.getTotalCount() > 0)
                    .mapToDouble(h -> h.getMaxValue() / 1000.0).max().orElse(1);
            double step = niceStep(maxMillis / 6);
            double top = Math.max(step, Math.ceil(maxMillis / step) * step);

            drawFrame(g, title, subtitle, nines, top, step);
            int i = 0;
            for (Map.Entry<String, Histogram> entry : series.entrySet()) {
                if (entry.getValue().getTotalCount() == 0) {
                    continue;
                }
                Color colour = COLOURS[i % COLOURS.length];
                drawCurve(g, entry.getValue(), nines, top, colour);
                drawLegendEntry(g, i, entry.getKey(), entry.getValue(), colour);
                i++;
            }
        } finally {
            g.dispose();
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static void drawFrame(Graphics2D g, String title, String subtitle, int nines, double top, double step) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(subtitle, LEFT, 52);

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics metrics = g.getFontMetrics();
        for (double value = 0; value <= top + step / 2; value += step) {
            int y = yFor(value, top);
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            String label = step < 1 ? String.format("%.1f", value) : String.format("%.0f", value);
            g.drawString(label, LEFT - 8 - metrics.stringWidth(label), y + 4);
        }
        for (int nine = 0; nine <= nines; nine++) {
            int x = xFor(nine, nines);
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(x, TOP, x, TOP + plotHeight);
            g.setColor(Color.DARK_GRAY);
            String label = percentileLabel(nine);
            int width = metrics.stringWidth(label);
            int labelX = nine == nines ? x - width : x - width / 2; // the last label must not run off the image
            g.drawString(label, labelX, TOP + plotHeight + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotWidth, plotHeight);
        g.drawString("percentile", LEFT + plotWidth / 2 - 25, HEIGHT - 15);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString("latency (ms)", -(TOP + plotHeight / 2 + 35), 22);
        rotated.dispose();
    }

    private static void drawCurve(Graphics2D g, Histogram histogram, int nines, double top, Color colour) {
        Path2D.Double curve = new Path2D.Double();
        boolean first = true;
        for (HistogramIterationValue v : histogram.percentiles(10)) {
            double fraction = v.getPercentileLevelIteratedTo() / 100.0;
            double position = fraction >= 1 ? nines : Math.min(nines, Math.log10(1 / (1 - fraction)));
            double x = LEFT + position / nines * (WIDTH - LEFT - RIGHT);
            double y = yFor(histogram.highestEquivalentValue(v.getValueIteratedTo()) / 1000.0, top);
            if (first) {
                curve.moveTo(x, y);
                first = false;
            } else {
                curve.lineTo(x, y);
            }
            if (position >= nines) {
                break;
            }
        }
        g.setColor(colour);
        g.setStroke(new BasicStroke(2.2f));
        g.draw(curve);
        g.setStroke(new BasicStroke(1f));
    }

    private static void drawLegendEntry(Graphics2D g, int index, String name, Histogram h, Color colour) {
        int x = LEFT + 20;
        int y = TOP + 22 + index * 20;
        g.setColor(colour);
        g.fillRect(x, y - 9, 18, 4);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(String.format("%s   p50 %.2f  p99 %.2f  p99.9 %.2f  max %.2f ms  (%,d samples)", name,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0, h.getTotalCount()), x + 26, y - 3);
    }

    private static int xFor(int nine, int nines) {
        return LEFT + (int) Math.round((double) nine / nines * (WIDTH - LEFT - RIGHT));
    }

    private static int yFor(double millis, double top) {
        int plotHeight = HEIGHT - TOP - BOTTOM;
        return TOP + plotHeight - (int) Math.round(Math.min(millis, top) / top * plotHeight);
    }

    private static String percentileLabel(int nine) {
        if (nine == 0) {
            return "0%";
        }
        if (nine == 1) {
            return "90%";
        }
        if (nine == 2) {
            return "99%";
        }
        return "99." + "9".repeat(nine - 2) + "%";
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 1e-3))));
        for (double multiple : new double[] {1, 2, 5, 10}) {
            if (multiple * power >= rough) {
                return multiple * power;
            }
        }
        return 10 * power;
    }
}
