// Placeholder until the ASLGraphviz stage lands.
