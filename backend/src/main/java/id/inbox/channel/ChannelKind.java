package id.inbox.channel;

/** The network a channel is connected to. */
public enum ChannelKind { WHATSAPP, INSTAGRAM, MESSENGER, TELEGRAM, LINE, EMAIL, WEBCHAT }
