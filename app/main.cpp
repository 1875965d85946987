#include "app/Launcher.h"

int main(int argc, char *argv[])
{
    return keylink::Launcher::run(argc, argv);
}
