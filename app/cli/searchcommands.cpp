#include "app/cli/command.h"

namespace ridgeline::cli {

void registerSearchCommands(CommandRegistry &registry)
{
    Q_UNUSED(registry);
}

} // namespace ridgeline::cli
