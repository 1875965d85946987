// A stand-in for libFuzzer's main() in ordinary builds: runs the target over
// every file named on the command line (or in a named folder), so the corpus
// and each crash once found stay regression tests under g++ and the sanitizers.
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
int runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(path).isDir()) {
            for (const QString &name : QDir(path).entryList(QDir::Files, QDir::Name))
                files.append(QDir(path).filePath(name));
        } else {
            files.append(path);
        }
        for (const QString &f : files) {
            if (runFile(f) != 0)
                return 1;
            ++inputs;
        }
    }
    std::printf("replayed %d inputs\n", inputs);
    // No input at all means a misnamed corpus folder: that must not pass.
    return inputs > 0 ? 0 : 1;
}
