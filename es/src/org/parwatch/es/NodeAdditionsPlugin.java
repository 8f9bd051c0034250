/*
 * What a standard Elasticsearch distribution has and the jars on Maven Central lack, in the few
 * lines parwatch needs, so that a node run from those jars behaves like a production one:
 *  - the "asciifolding" token filter of the analysis-common module (Lucene's ASCIIFoldingFilter,
 *    option preserve_original), same name and settings, so index_mappings/ works on both;
 *  - "GET /" and "HEAD /" (the rest-root module: name, cluster name, version) that clients ping.
 *
 * Part of parwatch (GPL-3.0-or-later).
 */
package org.parwatch.es;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterName;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

public final class NodeAdditionsPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {
    private final Settings settings;

    public NodeAdditionsPlugin(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("asciifolding", (indexSettings, env, name, s) -> new Folding(name, s.getAsBoolean("preserve_original", false)));
    }

    static final class Folding extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final boolean preserveOriginal;

        Folding(String name, boolean preserveOriginal) {
            super(name, Settings.EMPTY);
            this.preserveOriginal = preserveOriginal;
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new ASCIIFoldingFilter(in, preserveOriginal);
        }

        @Override
        public TokenStream normalize(TokenStream in) {
            return new ASCIIFoldingFilter(in, false);
        }
    }

    @Override
    public Collection<RestHandler> getRestHandlers(Settings s, org.elasticsearch.common.io.stream.NamedWriteableRegistry r,
            org.elasticsearch.rest.RestController c, org.elasticsearch.common.settings.ClusterSettings cs,
            org.elasticsearch.common.settings.IndexScopedSettings is, org.elasticsearch.common.settings.SettingsFilter sf,
            org.elasticsearch.cluster.metadata.IndexNameExpressionResolver ir, Supplier<DiscoveryNodes> nodes,
            java.util.function.Predicate<org.elasticsearch.features.NodeFeature> features) {
        return List.of(new Root());
    }

    final class Root extends BaseRestHandler {
        @Override
        public String getName() {
            return "parwatch_root";
        }

        @Override
        public List<Route> routes() {
            return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
        }

        @Override
        protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
            return channel -> {
                if (request.method() == RestRequest.Method.HEAD) {
                    channel.sendResponse(new RestResponse(RestStatus.OK, "application/json", ""));
                    return;
                }
                Build build = Build.current();
                XContentBuilder b = channel.newBuilder();
                b.startObject()
                    .field("name", Node.NODE_NAME_SETTING.get(settings))
                    .field("cluster_name", ClusterName.CLUSTER_NAME_SETTING.get(settings).value())
                    .startObject("version")
                    .field("number", build.qualifiedVersion())
                    .field("build_flavor", build.flavor())
                    .field("build_type", build.type().displayName())
                    .field("build_hash", build.hash())
                    .field("build_date", build.date())
                    .field("build_snapshot", build.isSnapshot())
                    .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                    .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                    .endObject()
                    .field("tagline", "You Know, for Search")
                    .endObject();
                channel.sendResponse(new RestResponse(RestStatus.OK, b));
            };
        }
    }
}
