#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// What the command line took from Foundation's FileHandle, Thread and Process, over the POSIX calls underneath, so
// the binary links FoundationEssentials only (full Foundation brings CoreFoundation and ICU, and its start-up cost).

/// A failed system call's `errno`, with the C library's message for it.
struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `errno` value.
    let code: Int32

    /// `strerror(code)`, such as `Permission denied`.
    var description: String { String(cString: strerror(code)) }

    /// The current thread's `errno`.
    static var current: SystemError { SystemError(code: errno) }
}

/// Reading and writing whole buffers through file descriptors.
enum FileIO {
    /// Standard input.
    static let standardInput: Int32 = 0
    /// Standard output.
    static let standardOutput: Int32 = 1
    /// Standard error.
    static let standardError: Int32 = 2

    /// Writes all of `bytes` to `fd`, again after an interrupted or short write.
    static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) throws(SystemError) {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = systemWrite(fd, next, left)
            if n < 0 {
                if errno == EINTR { continue }
                throw .current
            }
            next += n
            left -= n
        }
    }

    /// Writes `text` as UTF-8 to `fd`; a failure (a closed pipe) is ignored, as `FileHandle.write` on a standard stream.
    static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { utf8 in
            do { try write(UnsafeRawBufferPointer(utf8), to: fd) } catch {}
        }
    }

    /// Writes `bytes` to `fd`; a failure is ignored, as when writing a string.
    static func write(_ bytes: [UInt8], to fd: Int32) {
        try? writeAll(bytes, to: fd)
    }

    /// Writes all of `bytes` to `fd`.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) throws(SystemError) {
        let failure: SystemError? = bytes.withUnsafeBytes { buffer in
            do throws(SystemError) { try write(buffer, to: fd) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// Reads up to `count` bytes from `fd`, again after an interruption; empty at the end of the input.
    static func read(_ fd: Int32, upTo count: Int) throws(SystemError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n >= 0 {
                buffer.removeLast(count - n)
                return buffer
            }
            if errno != EINTR { throw .current }
        }
    }

    /// Reads `fd` to its end.
    static func readToEnd(_ fd: Int32, sizeHint: Int = 0) throws(SystemError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sizeHint + 1)
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                out.append(contentsOf: chunk[0 ..< n])
            } else if n == 0 {
                return out
            } else if errno != EINTR {
                throw .current
            }
        }
    }

    /// Opens `path` for reading (close-on-exec), again after an interruption.
    static func openForReading(_ path: String) throws(SystemError) -> Int32 {
        while true {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd >= 0 { return fd }
            if errno != EINTR { throw .current }
        }
    }

    /// The whole content of the file at `path`.
    static func readFile(_ path: String) throws(SystemError) -> [UInt8] {
        let fd = try openForReading(path)
        defer { close(fd) }
        var st = stat()
        let size = fstat(fd, &st) == 0 ? Int(st.st_size) : 0
        return try readToEnd(fd, sizeHint: size)
    }

    /// Whether `path` names a folder (after symbolic links); nil when nothing is there.
    static func isDirectory(_ path: String) -> Bool? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (st.st_mode & S_IFMT) == S_IFDIR
    }
}

/// Writes to standard error, adding a final newline when `message` has none.
func printError(_ message: String) {
    FileIO.write(message.hasSuffix("\n") ? message : message + "\n", to: FileIO.standardError)
}

/// Starting work on a thread of its own, outside Swift concurrency's pool.
enum DetachedThread {
    /// Runs `body` on a new detached thread, started now; false when the system would not create one.
    @discardableResult
    static func start(_ body: @escaping @Sendable () -> Void) -> Bool {
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let status = pthread_create(&thread, &attributes, { raw in
            #if canImport(Darwin)
            let pointer: UnsafeMutableRawPointer? = raw
            #else
            let pointer = raw
            #endif
            if let pointer { Unmanaged<ThreadBody>.fromOpaque(pointer).takeRetainedValue().body() }
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            return false
        }
        return true
    }

    /// The closure handed to the new thread.
    private final class ThreadBody: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}

/// A child process run to its end, its output collected.
enum Subprocess {
    /// What the child printed and how it ended.
    struct Result: Sendable {
        /// The exit status, or the number of the signal that ended it (as Foundation's `terminationStatus`).
        var status: Int32
        /// Everything written to standard output.
        var stdout: [UInt8]
        /// Everything written to standard error.
        var stderr: [UInt8]
    }

    /// Runs `executable` with `arguments` (`arguments[0]` is the program's name) and `environment`, standard input
    /// from `/dev/null`, and reads both output pipes to their end; nil when the process cannot be started.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) -> Result? {
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard makePipe(&outPipe) else { return nil }
        guard makePipe(&errPipe) else {
            outPipe.forEach { _ = close($0) }
            return nil
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with no blocked signals and SIGPIPE at its default, whatever this process changed.
        var noSignals = sigset_t(), pipeSignal = sigset_t()
        sigemptyset(&noSignals)
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &pipeSignal)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        #if canImport(Darwin)
        var pid: pid_t = 0
        #else
        var pid = pid_t()
        #endif
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        _ = close(outPipe[1])
        _ = close(errPipe[1])
        defer {
            _ = close(outPipe[0])
            _ = close(errPipe[0])
        }
        guard spawned == 0 else { return nil }
        let (stdout, stderr) = drain(outPipe[0], errPipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        return Result(status: signal == 0 ? (status >> 8) & 0xFF : signal, stdout: stdout, stderr: stderr)
    }

    /// A pipe whose two ends are closed in children (the spawn's `dup2` copies stay open).
    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// Reads two pipes at once until both reach their end, so neither can fill up and stall the child.
    private static func drain(_ first: Int32, _ second: Int32) -> ([UInt8], [UInt8]) {
        var outputs: [[UInt8]] = [[], []]
        var open = [true, true]
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while open[0] || open[1] {
            var polled = [pollfd(fd: open[0] ? first : -1, events: Int16(POLLIN), revents: 0),
                          pollfd(fd: open[1] ? second : -1, events: Int16(POLLIN), revents: 0)]
            if poll(&polled, 2, -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for i in 0 ..< 2 where open[i] && polled[i].revents != 0 {
                let n = chunk.withUnsafeMutableBytes { systemRead(polled[i].fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    outputs[i].append(contentsOf: chunk[0 ..< n])
                } else if n == 0 || errno != EINTR {
                    open[i] = false
                }
            }
        }
        return (outputs[0], outputs[1])
    }
}

/// `write(2)`, named apart from ``FileIO``'s own methods.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #elseif canImport(Musl)
    Musl.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}

/// `read(2)`, named apart from ``FileIO``'s own methods.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #elseif canImport(Musl)
    Musl.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}
