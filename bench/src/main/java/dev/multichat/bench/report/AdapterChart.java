package dev.multichat.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the adapter curves as a log-log PNG: cost of adding one message against history length
 * (the peers thick, the SQLite floors dashed).
 */
final class AdapterChart {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 620;
    /** The floors: thin dashed lines. */
    private static final BasicStroke FLOOR = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    private AdapterChart() {
    }

    /**
     * @param curves the curves ({@link AdapterCurves#of})
     * @param png the file to write
     * @throws IOException if the file cannot be written
     */
    static void write(Map<String, TreeMap<Integer, Double>> curves, Path png) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        curves.forEach((name, points) -> {
            XYSeries series = new XYSeries(name);
            points.forEach(series::add);
            data.addSeries(series);
        });
        JFreeChart chart = ChartFactory.createXYLineChart("Adding one message to a conversation",
                "messages of history", "microseconds per added message (median)", data);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(decades("messages of history (log scale)"));
        plot.setRangeAxis(decades("microseconds per added message (median, log scale)"));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            String name = (String) data.getSeriesKey(i);
            renderer.setSeriesStroke(i, AdapterCurves.isPeer(name) ? new BasicStroke(3.5f)
                    : AdapterCurves.isReference(name) ? FLOOR : new BasicStroke(1.5f));
        }
        plot.setRenderer(renderer);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    }

    /** A base-10 log axis with a tick at each power of ten, labelled as plain numbers. */
    private static LogAxis decades(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
        return axis;
    }
}
