/*
 * Starts one real Elasticsearch node in this JVM: the Elasticsearch server jar on the class path,
 * its modules (Netty 4 transport, our analysis additions) loaded from <home>/modules by the
 * server's own plugin loader. scripts/es-node prepares <home> and starts one JVM per node.
 *
 *   java -cp <server jars>:es/target/classes org.parwatch.es.ParwatchNode \
 *        -Epath.home=... -Epath.data=... -Ehttp.port=9250 ...
 *
 * Part of parwatch (GPL-3.0-or-later).
 */
package org.parwatch.es;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

public final class ParwatchNode {
    public static void main(String[] args) throws Exception {
        Settings.Builder b = Settings.builder();
        for (String a : args) {
            if (!a.startsWith("-E") || !a.contains("=")) {
                System.err.println("es-node: bad argument " + a + " (expected -Ekey=value)");
                System.exit(2);
            }
            String kv = a.substring(2);
            int eq = kv.indexOf('=');
            b.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Settings input = b.build();
        String nodeName = input.get("node.name", "node");
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(nodeName);
        LogConfigurator.setClusterName(input.get("cluster.name", "elasticsearch"));
        LogConfigurator.configureESLogging();
        LogConfigurator.configureWithoutConfig(input);

        Path home = Path.of(input.get("path.home")).toAbsolutePath();
        Environment env = InternalSettingsPreparer.prepareEnvironment(input, Map.of(), home.resolve("config"), () -> nodeName);
        PluginsLoader loader = PluginsLoader.createPluginsLoader(
            PluginsLoader.loadModulesBundles(env.modulesDir()),
            PluginsLoader.loadPluginsBundles(env.pluginsDir()),
            Map.of());
        Node node = new Node(env, loader);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.prepareForClose();
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("es-node: error while stopping " + nodeName + ": " + e);
            } finally {
                stopped.countDown();
            }
        }, "parwatch-node-shutdown"));
        node.start();
        System.out.println("es-node: " + nodeName + " started");
        stopped.await();
    }
}
