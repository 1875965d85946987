#include "command/CliLauncher.h"

int main(int argc, char *argv[])
{
    return keylink::CliLauncher::run(argc, argv);
}
