package org.rmcp.codec.internal.cli;

import io.netty.util.ReferenceCountUtil;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.RmcpProtocolException;

/**
 * Operator access to the codec (issue 3; run by the root {@code rmcp} launcher):
 * {@code decode <hex>} prints a captured message's fields one {@code FIELD=value} per line and
 * exits 0, or prints the typed error and exits 1; {@code encode} reads such lines (first
 * {@code message=<NAME>}) on standard input and prints the message as hex. Decode output piped
 * into encode gives back the same bytes.
 */
public final class CodecCli {
    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    private CodecCli() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** @return the exit status: 0 done, 1 bad input, 2 usage */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 2 && args[0].equals("decode")) {
            return decode(args[1], out, err);
        }
        if (args.length == 1 && args[0].equals("encode")) {
            return encode(in, out, err);
        }
        err.println("usage: rmcp decode <hex>          print a message's fields, one FIELD=value per line");
        err.println("       rmcp encode < fields.txt    build a message from FIELD=value lines (first: message=NAME)");
        return USAGE;
    }

    private static int decode(String hex, PrintStream out, PrintStream err) {
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(hex.replaceAll("[\\s:]", ""));
        } catch (IllegalArgumentException e) {
            err.println("error: not hex: " + e.getMessage());
            return BAD_INPUT;
        }
        RmcpMessage m;
        try {
            m = RmcpCodec.DEFAULT.decode(bytes);
        } catch (RmcpProtocolException e) {
            err.println("RmcpProtocolException: " + e.getMessage());
            return BAD_INPUT;
        }
        try {
            FieldPrinter.print(m).forEach(out::println);
            return OK;
        } finally {
            ReferenceCountUtil.release(m);
        }
    }

    private static int encode(InputStream in, PrintStream out, PrintStream err) {
        List<String> lines;
        try {
            lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .collect(Collectors.toList());
        } catch (java.io.UncheckedIOException e) {
            err.println("error: cannot read standard input: " + e.getMessage());
            return BAD_INPUT;
        }
        RmcpMessage m = null;
        try {
            FieldParser.Parsed p = FieldParser.parse(lines);
            m = p.message();
            byte[] bytes = RmcpCodec.DEFAULT.encodeToBytes(m);
            if (p.length() != null && p.length() != bytes.length) {
                err.println("error: LENGTH " + p.length() + " but the fields encode to " + bytes.length + " bytes");
                return BAD_INPUT;
            }
            out.println(HexFormat.of().formatHex(bytes));
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } finally {
            ReferenceCountUtil.release(m);
        }
    }
}
