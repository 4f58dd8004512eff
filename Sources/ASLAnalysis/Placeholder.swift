// Placeholder until the ASLAnalysis stage lands.
