#include "window/WindowLauncher.h"

int main(int argc, char *argv[])
{
    return keylink::WindowLauncher::run(argc, argv);
}
