/** Shapes of the Parley HTTP API and WebSocket protocol (SPEC §3, §4). */

export interface User {
  id: string;
  name: string;
  email: string;
  bio: string;
  avatarUrl: string | null;
  createdAt: string;
}

export interface PublicUser {
  id: string;
  name: string;
  bio: string;
  avatarUrl: string | null;
  online: boolean;
  lastSeen: string | null;
}

/** What register and login answer the web client, which has the refresh token set as a cookie (lib/auth.ts). */
export interface AuthResponse {
  token: string;
  user: User;
}

export interface Attachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  width?: number | null;
  height?: number | null;
  url: string;
  thumbnailUrl?: string | null;
}

export type MessageType = "text" | "image" | "file";

export interface Message {
  id: string;
  conversationId: string;
  roomId?: string;
  seq: number;
  senderId: string;
  type: MessageType;
  content: string;
  attachments: Attachment[];
  clientMessageId: string | null;
  createdAt: string;
  /** The change number of this state: its seq until it is edited, deleted or reacted to (SPEC §6). */
  version?: number;
  editedAt?: string | null;
  deletedAt?: string | null;
  reactions?: Reaction[];
  /** The message this one quotes, as it is now (the excerpt is empty once that one is deleted). */
  replyTo?: { id: string; senderId: string; excerpt: string } | null;
  /** The root of the thread this message is a reply in; null at the top level. */
  threadId?: string | null;
  /** On a thread's root: its replies so far. */
  thread?: { replyCount: number; lastReplyAt: string; participantIds: string[] } | null;
}

/** One emoji on a message and who put it there, in the order they did. */
export interface Reaction {
  emoji: string;
  count: number;
  userIds: string[];
}

export type ConversationType = "direct" | "group" | "room";

export interface Conversation {
  id: string;
  type: ConversationType;
  name: string | null;
  members: PublicUser[];
  memberCount?: number;
  lastMessage: Message | null;
  unreadCount: number;
  lastActivityAt: string;
  description?: string | null;
  isPrivate?: boolean | null;
  inviteCode?: string | null;
  createdById?: string;
  createdAt?: string;
}

export interface Room {
  id: string;
  type: "room";
  name: string;
  description: string | null;
  isPrivate: boolean;
  inviteCode?: string | null;
  createdById: string;
  createdAt: string;
  memberCount: number;
}

export interface HistoryPage {
  messages: Message[];
  nextCursor: string | null;
}

/** What an invite link leads to, shown before joining (and before signing in). */
export interface InvitePreview {
  id: string;
  name: string;
  description: string;
  memberCount: number;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  field?: string;
}

/** Server → client events. */
export interface ServerEvents {
  receive_message: Message;
  message_updated: { message: Message };
  typing: { conversationId: string; roomId?: string; userId: string; isTyping: boolean };
  user_status: { userId: string; status: "online" | "offline"; lastSeen: string | null };
  member_joined: { conversationId: string; userId: string };
  pong: unknown;
}

/** Client → server requests and the data of their ack. */
export interface ClientRequests {
  send_message: {
    data: { conversationId: string; content: string; clientMessageId?: string; attachmentIds?: string[]; replyToId?: string; threadId?: string };
    ack: { message: Message };
  };
  join_room: { data: { roomId: string; inviteCode?: string }; ack: { conversationId: string } };
  typing: { data: { conversationId: string; isTyping: boolean }; ack: Record<string, never> };
  mark_read: { data: { conversationId: string; seq: number }; ack: Record<string, never> };
  ping: { data: Record<string, never>; ack: unknown };
  edit_message: { data: { messageId: string; content: string }; ack: { message: Message } };
  delete_message: { data: { messageId: string }; ack: Record<string, never> };
  react: { data: { messageId: string; emoji: string; on: boolean }; ack: { message: Message } };
}

export interface SocketErrorData {
  code: string;
  message?: string;
  field?: string;
  retryAfterMs?: number;
}
