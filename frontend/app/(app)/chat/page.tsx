"use client";
import { useSearchParams } from "next/navigation";
import { ConversationView } from "@/components/chat/ConversationView";
import { ChatIcon } from "@/components/ui/icons";

export default function ChatPage() {
  const id = useSearchParams().get("c");
  if (id) return <ConversationView key={id} id={id} />;
  return (
    <div className="flex flex-1 items-center justify-center p-8">
      <div className="max-w-xs text-center">
        <span className="mx-auto mb-3 inline-flex h-12 w-12 items-center justify-center rounded-2xl bg-zinc-100 text-zinc-400 dark:bg-zinc-900">
          <ChatIcon width={24} height={24} />
        </span>
        <p className="font-medium">Pick a conversation</p>
        <p className="mt-1 text-sm text-muted">Or start a new one with the buttons above the list.</p>
      </div>
    </div>
  );
}
