package io.parley.adapters.web.message;

import com.ibm.icu.text.UnicodeSet;
import io.parley.application.messaging.port.RecogniseEmojiPort;
import jakarta.inject.Singleton;

/**
 * Unicode's recommended-for-general-interchange emoji, sequences included (flags, skin tones,
 * families), as ICU carries them: exactly what a keyboard's emoji picker offers.
 */
@Singleton
final class UnicodeEmoji implements RecogniseEmojiPort {

    private static final UnicodeSet RGI_EMOJI = new UnicodeSet("[:RGI_Emoji:]").freeze();

    @Override
    public boolean isSingleEmoji(String text) {
        return text != null && !text.isEmpty() && RGI_EMOJI.contains(text);
    }
}
