// libyaml, the YAML reference parser (Debian's libyaml-dev, pkg-config yaml-0.1).
#include <yaml.h>
