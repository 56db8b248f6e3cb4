import Foundation
import PackagePlugin

/// Embeds the package's `Rules/` folder into the target it is applied to.
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "rules" || url.pathExtension == "table" {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding rule packs from Rules/",
                executable: try context.tool(named: "EmbedRules").url,
                arguments: [output.path, rules.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            ),
        ]
    }
}
